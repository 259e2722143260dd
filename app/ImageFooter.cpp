#include "ImageFooter.h"

#include "SessionModel.h"
#include "market/TimeFormat.h"

#include <QStringList>

namespace cascade {

QString ImageFooter::text(const SessionModel &session, bool showsEstimates, std::optional<TimeRange> range)
{
    const MarketData &data = session.marketData();
    const TimeRange span = range.value_or(session.span());
    QStringList parts{data.exchange, data.symbol, session.interval().name(),
                      QStringLiteral("%1 to %2 UTC").arg(TimeFormat::shortUtc(span.from), TimeFormat::shortUtc(span.to))};
    if (data.simulated)
        parts << QStringLiteral("Simulated");
    if (showsEstimates)
        parts << QStringLiteral("Estimated levels are a model");
    parts << QStringLiteral("Cascade " CASCADE_VERSION);
    return parts.join(QStringLiteral(" · "));
}

} // namespace cascade
