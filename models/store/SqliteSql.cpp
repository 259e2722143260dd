#include "store/SqliteSql.h"

namespace cascade::SqliteSql {

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

} // namespace cascade::SqliteSql
