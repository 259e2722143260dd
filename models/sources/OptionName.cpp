#include "sources/OptionName.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cascade {

namespace {

int monthNumber(QStringView month)
{
    static const QStringList months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    return months.indexOf(month.toString()) + 1;
}

} // namespace

std::optional<OptionName> OptionName::parse(QStringView name)
{
    // Deribit / Bybit: BTC-27DEC25-100000-P[-USDT]; OKX: BTC-USD-251227-100000-P.
    static const QRegularExpression deribit(
        QStringLiteral("^([A-Z0-9_]+)-(\\d{1,2})([A-Z]{3})(\\d{2})-(\\d+(?:d\\d+)?)-([CP])(?:-[A-Z]+)?$"));
    static const QRegularExpression okx(
        QStringLiteral("^([A-Z0-9]+)-[A-Z]+-(\\d{2})(\\d{2})(\\d{2})-(\\d+(?:\\.\\d+)?)-([CP])$"));
    const QString text = name.toString();
    QDate date;
    QString strikeText;
    QRegularExpressionMatch match = deribit.match(text);
    if (match.hasMatch()) {
        const int month = monthNumber(match.capturedView(3));
        date = QDate(2000 + match.capturedView(4).toInt(), month, match.capturedView(2).toInt());
        strikeText = match.captured(5).replace(u'd', u'.');
    } else if (match = okx.match(text); match.hasMatch()) {
        date = QDate(2000 + match.capturedView(2).toInt(), match.capturedView(3).toInt(),
                     match.capturedView(4).toInt());
        strikeText = match.captured(5);
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double strike = strikeText.toDouble(&ok);
    if (!date.isValid() || !ok || strike <= 0.0)
        return std::nullopt;

    OptionName result;
    result.underlying = match.captured(1);
    // Deribit, Bybit and OKX options expire at 08:00 UTC on their expiry day.
    result.expiry = QDateTime(date, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    result.strike = strike;
    result.type = match.capturedView(6) == u"P" ? OptionType::Put : OptionType::Call;
    return result;
}

} // namespace cascade
