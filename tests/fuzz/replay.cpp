// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The normal build's main() for a fuzz harness (ctest fuzz_replay_<harness>): every file
// of the folders (or files) named on the command line, in name order, goes once through
// LLVMFuzzerTestOneInput, as libFuzzer would run it. A crash, a sanitizer report or an
// abort fails the test; the file being run is printed first so the failure names it.
// Hidden files (.gitkeep) and REUSE's .license files are not inputs.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace {

bool isInput(const std::filesystem::path &path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() != '.' && path.extension() != ".license";
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg)) {
            for (const auto &entry : std::filesystem::directory_iterator(arg)) {
                if (entry.is_regular_file() && isInput(entry.path()))
                    inputs.push_back(entry.path());
            }
        } else if (std::filesystem::is_regular_file(arg)) {
            inputs.push_back(arg);
        } else if (!std::filesystem::exists(arg)) {
            fprintf(stderr, "%s: no such file or folder (nothing to replay there)\n", argv[i]);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    for (const auto &path : inputs) {
        fprintf(stderr, "replaying %s\n", path.string().c_str());
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.data()), data.size());
    }
    printf("%zu inputs replayed\n", inputs.size());
    return inputs.empty() ? 1 : 0;
}
