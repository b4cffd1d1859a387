// A main() for the fuzz harnesses without libFuzzer: runs every file of the given folders through
// LLVMFuzzerTestOneInput once. Lets the normal (gcc, ASan/UBSan preset) test suite replay the seed
// corpora and every crasher found, as regression tests.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        const auto entries = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &info : entries) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(info.filePath()));
                return 2;
            }
            const QByteArray data = file.readAll();
            // Exactly the input size: a copy in a buffer of its own so ASan sees overreads.
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++files;
        }
    }
    std::printf("%d inputs ran clean\n", files);
    return files > 0 ? 0 : 3; // no seeds at all is a broken test
}
