#include "store/StoreSql.h"

namespace cascade::StoreSql {

const char *tableFor(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Candles:
        return "candles";
    case SeriesKind::OpenInterest:
        return "open_interest";
    case SeriesKind::Liquidations:
        return "liquidations";
    case SeriesKind::Options:
        return "option_quotes";
    default:
        return "ratios";
    }
}

QByteArray upsertText(const UpsertSql &sql, int rows)
{
    QByteArray text = QByteArray(sql.head) + " VALUES ";
    int parameter = 1;
    for (int row = 0; row < rows; ++row) {
        text += row ? ",(" : "(";
        for (int column = 0; column < sql.columns; ++column) {
            text += column ? ",?" : "?";
            text += QByteArray::number(parameter++);
        }
        text += ')';
    }
    return text + sql.tail;
}

QByteArray postgresText(const QByteArray &sqliteText)
{
    // The statements hold no string literals, so every '?' is a parameter.
    QByteArray text = sqliteText;
    text.replace('?', '$');
    return text;
}

} // namespace cascade::StoreSql
