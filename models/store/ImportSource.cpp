#include "store/ImportSource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

namespace cascade {

namespace {

constexpr qint64 kMaxCsvBytes = qint64(4) << 30;

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

// Checks `bytes` against `<path>.CHECKSUM` when there is one ("<sha256>  <name>").
Result<bool> verifyChecksum(const QString &path, const QByteArray &bytes)
{
    const QString checksumPath = path + QStringLiteral(".CHECKSUM");
    if (!QFileInfo::exists(checksumPath))
        return false;
    auto text = readFile(checksumPath);
    if (!text)
        return Result<bool>::failure(text.error());
    const QList<QByteArray> parts = text->simplified().split(' ');
    const QByteArray expected = parts.value(0).toLower();
    if (expected.size() != 64) {
        return Result<bool>::failure(
            QStringLiteral("%1: expected \"<sha256 hex>  <file name>\"").arg(checksumPath));
    }
    const QString named = QString::fromUtf8(parts.value(1));
    const QString fileName = QFileInfo(path).fileName();
    if (!named.isEmpty() && named != fileName) {
        return Result<bool>::failure(
            QStringLiteral("%1: the checksum is for %2, not for %3").arg(checksumPath, named, fileName));
    }
    const QByteArray actual = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (actual != expected) {
        return Result<bool>::failure(QStringLiteral("%1: checksum mismatch: sha256 is %2, %3 expects %4; "
                                                    "the file is damaged or incomplete, download it again")
                                         .arg(path, QString::fromLatin1(actual),
                                              QFileInfo(checksumPath).fileName(),
                                              QString::fromLatin1(expected)));
    }
    return true;
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

// Why an archive entry's name is unsafe (empty when it is a plain relative name).
QString unsafeEntryName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("the entry has no name");
    if (name.startsWith(u'/') || name.startsWith(u'\\') ||
        (name.size() >= 2 && name[1] == u':' && name[0].isLetter()))
        return QStringLiteral("absolute paths are not allowed in archives");
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("paths that climb out of the folder (\"..\") are not allowed in archives");
    return {};
}

Result<ImportSource> readZip(ImportSource source)
{
    using R = Result<ImportSource>;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *zipSource =
        zip_source_buffer_create(source.bytes.constData(), zip_uint64_t(source.bytes.size()), 0, &error);
    if (!zipSource)
        return R::failure(
            QStringLiteral("%1: %2").arg(source.path, QString::fromUtf8(zip_error_strerror(&error))));
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(zipSource, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(zipSource);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return R::failure(QStringLiteral("%1: not a readable zip archive: %2").arg(source.path, why));
    }
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    if (entries != 1)
        return R::failure(QStringLiteral("%1: expected one CSV file in the archive, found %2 entries")
                              .arg(source.path)
                              .arg(entries));
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), 0, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return R::failure(QStringLiteral("%1: cannot read the archive's entry").arg(source.path));
    if (stat.size > zip_uint64_t(kMaxCsvBytes))
        return R::failure(QStringLiteral("%1: the CSV inside is larger than 4 GiB").arg(source.path));
    // The entry is never written to disk, but its name names the import (format, symbol, day):
    // a name that would climb out of a folder ("../x.csv", "/etc/x.csv", "C:\\x.csv") is a
    // crafted archive, not a Binance download.
    const QString entryName = QString::fromUtf8(stat.name);
    if (const QString why = unsafeEntryName(entryName); !why.isEmpty())
        return R::failure(
            QStringLiteral("%1: refused the archive entry \"%2\": %3").arg(source.path, entryName, why));
    zip_file_t *entry = zip_fopen_index(archive.get(), 0, 0);
    if (!entry)
        return R::failure(
            QStringLiteral("%1: %2").arg(source.path, QString::fromUtf8(zip_strerror(archive.get()))));
    // Read in chunks rather than allocating the size the archive claims: a crafted header
    // claiming 4 GiB for a few bytes made this allocate 4 GiB (found by fuzz_import_zip).
    QByteArray csv;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    zip_int64_t read = 0;
    while ((read = zip_fread(entry, chunk.data(), zip_uint64_t(chunk.size()))) > 0 &&
           zip_uint64_t(csv.size() + read) <= stat.size)
        csv.append(chunk.constData(), qsizetype(read));
    const QString why = QString::fromUtf8(zip_file_strerror(entry));
    zip_fclose(entry);
    if (read < 0 || zip_uint64_t(csv.size()) != stat.size) {
        return R::failure(
            QStringLiteral("%1: damaged archive: %2")
                .arg(source.path, read < 0 ? why
                                           : QStringLiteral("the entry holds %1 bytes, its header says %2")
                                                 .arg(csv.size() + std::max<zip_int64_t>(read, 0))
                                                 .arg(stat.size)));
    }
    source.entryName = entryName;
    source.bytes = std::move(csv);
    return source;
}

// Where a byte sequence stops being UTF-8 (a lead byte without its continuation bytes); -1
// when it is valid, or only cut short at the end of the probe.
qsizetype invalidUtf8At(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar c = uchar(bytes[i]);
        const int length = c < 0x80           ? 1
                           : (c >> 5) == 0x6  ? 2
                           : (c >> 4) == 0xE  ? 3
                           : (c >> 3) == 0x1E ? 4
                                              : 0;
        if (length == 0)
            return i;
        if (i + length > bytes.size())
            return -1;
        for (int k = 1; k < length; ++k) {
            if ((uchar(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

// The first NUL byte, or invalid UTF-8 near the start, marks binary data; -1 when there is none.
qsizetype binaryOffset(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return nul;
    return invalidUtf8At(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536)));
}

} // namespace

Result<ImportSource> ImportSource::load(const QString &path)
{
    using R = Result<ImportSource>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        return R::failure(QStringLiteral("%1: is a folder, not a file").arg(path));
    auto bytes = readFile(path);
    if (!bytes)
        return R::failure(bytes.error());
    ImportSource source;
    source.path = path;
    source.entryName = info.fileName();
    source.bytes = std::move(bytes).value();
    auto verified = verifyChecksum(path, source.bytes);
    if (!verified)
        return R::failure(verified.error());
    source.checksumVerified = *verified;
    if (source.bytes.startsWith("PK\x03\x04") ||
        info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
        auto unzipped = readZip(std::move(source));
        if (!unzipped)
            return unzipped;
        source = std::move(unzipped).value();
    }
    if (const qsizetype at = binaryOffset(source.bytes); at >= 0)
        return R::failure(
            QStringLiteral("%1: binary data at byte %2; expected a CSV text file").arg(path).arg(at));
    return source;
}

} // namespace cascade
