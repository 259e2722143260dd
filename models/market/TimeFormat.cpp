#include "market/TimeFormat.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cascade::TimeFormat {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString shortUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<qint64> parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Result<qint64>::failure(QStringLiteral("empty time"));

    static const QRegularExpression integer(QStringLiteral("^-?\\d+$"));
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return Result<qint64>::failure(QStringLiteral("'%1' is out of range").arg(text));
        return value;
    }

    QDateTime parsed;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            parsed = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else {
        parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        // A time without zone designator means UTC, never local time.
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            parsed.setTimeSpec(Qt::UTC);
    }
    if (!parsed.isValid()) {
        return Result<qint64>::failure(
            QStringLiteral("'%1' is neither ISO 8601 (e.g. 2025-10-10T21:00:00Z) nor epoch milliseconds")
                .arg(text));
    }
    return parsed.toMSecsSinceEpoch();
}

} // namespace cascade::TimeFormat
