#include "store/ImportTable.h"

#include "market/TimeFormat.h"

#include <charconv>
#include <cmath>

namespace cascade {

ImportTable::ImportTable(const QString &fileLabel, QByteArray bytes)
    : m_label(fileLabel)
    , m_csv(std::move(bytes))
{}

QString ImportTable::fileError(const QString &why) const
{
    return QStringLiteral("%1: %2").arg(m_label, why);
}

void ImportTable::fail(const QString &why, int column)
{
    if (failed())
        return;
    if (column >= 0 && column < m_csv.fieldCount()) {
        const QString name = m_header.value(column);
        m_error = QStringLiteral("%1: line %2, column %3%4: %5")
                      .arg(m_label)
                      .arg(m_csv.line())
                      .arg(column + 1)
                      .arg(name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name), why);
    } else {
        m_error = QStringLiteral("%1: line %2: %3").arg(m_label).arg(m_csv.line()).arg(why);
    }
}

bool ImportTable::accept(const QString &problem)
{
    if (!problem.isEmpty())
        fail(problem);
    return !failed();
}

bool ImportTable::readHeader()
{
    if (!m_csv.readRecord()) {
        m_error =
            m_csv.hasError() ? fileError(m_csv.error()) : fileError(QStringLiteral("the file is empty"));
        return false;
    }
    m_header.clear();
    for (int i = 0; i < m_csv.fieldCount(); ++i)
        m_header << m_csv.fieldText(i).trimmed().toLower();
    return true;
}

bool ImportTable::next(int columns)
{
    if (failed())
        return false;
    if (!m_csv.readRecord()) {
        if (m_csv.hasError())
            m_error = fileError(m_csv.error());
        return false;
    }
    const int expected = columns > 0 ? columns : int(m_header.size());
    if (m_csv.fieldCount() != expected) {
        fail(QStringLiteral("expected %1 columns, found %2").arg(expected).arg(m_csv.fieldCount()));
        return false;
    }
    return true;
}

int ImportTable::column(const QStringList &names) const
{
    for (const QString &name : names) {
        const int index = int(m_header.indexOf(name));
        if (index >= 0)
            return index;
    }
    return -1;
}

QString ImportTable::text(int column) const
{
    return m_csv.fieldText(column).trimmed();
}

double ImportTable::optionalNumber(int column, double fallback)
{
    if (column < 0 || m_csv.field(column).trimmed().isEmpty())
        return fallback;
    return number(column);
}

double ImportTable::number(int column)
{
    const QByteArrayView field = m_csv.field(column).trimmed();
    double value = 0.0;
    const char *end = field.data() + field.size();
    // from_chars: locale-independent, and it refuses "1,5", "12abc" and thousands separators.
    const auto result = std::from_chars(field.data(), end, value);
    if (field.isEmpty() || result.ec != std::errc() || result.ptr != end || !std::isfinite(value)) {
        fail(QStringLiteral("expected a number, found '%1'")
                 .arg(QString::fromUtf8(field.first(std::min<qsizetype>(field.size(), 40)))),
             column);
        return std::numeric_limits<double>::quiet_NaN();
    }
    return value;
}

void ImportTable::checkTimeOrder(qint64 time, bool strictly, int column)
{
    if (m_previousLine > 0) {
        if (time < m_previousTime) {
            fail(QStringLiteral("time %1 is before %2 on line %3; rows must be sorted by time")
                     .arg(TimeFormat::isoUtc(time), TimeFormat::isoUtc(m_previousTime))
                     .arg(m_previousLine),
                 column);
        } else if (strictly && time == m_previousTime) {
            fail(QStringLiteral("time %1 is duplicated (line %2 has it too)")
                     .arg(TimeFormat::isoUtc(time))
                     .arg(m_previousLine),
                 column);
        }
    }
    m_previousTime = time;
    m_previousLine = line();
}

qint64 ImportTable::epochToMs(qint64 value)
{
    const qint64 magnitude = value < 0 ? -value : value;
    if (magnitude < 100'000'000'000LL) // below 1e11: seconds (ms would be before 1973-03)
        return value * 1000;
    if (magnitude < 100'000'000'000'000LL) // below 1e14: milliseconds
        return value;
    if (magnitude < 100'000'000'000'000'000LL) // below 1e17: microseconds
        return value / 1000;
    return value / 1'000'000; // nanoseconds
}

qint64 ImportTable::time(int column)
{
    const QByteArrayView field = m_csv.field(column).trimmed();
    qint64 integer = 0;
    const char *end = field.data() + field.size();
    const auto parsed = std::from_chars(field.data(), end, integer);
    if (!field.isEmpty() && parsed.ec == std::errc() && parsed.ptr == end)
        return epochToMs(integer);
    QString text = QString::fromUtf8(field);
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T'; // "2023-06-25 00:00:00" as Binance metrics write it
    const auto iso = TimeFormat::parse(text);
    if (field.isEmpty() || !iso.ok()) {
        fail(QStringLiteral("expected a time (epoch ms/s/us or ISO 8601 UTC), found '%1'")
                 .arg(QString::fromUtf8(field.first(std::min<qsizetype>(field.size(), 40)))),
             column);
        return 0;
    }
    return *iso;
}

} // namespace cascade
