#pragma once

#include "replay/ReplayFrame.h"

#include <QByteArray>

namespace cascade {

// Every value of a frame as text with full double precision, so two frames compare equal only
// when they agree to the last bit (NaN included), and a failing comparison shows where.
QByteArray frameText(const ReplayFrame &frame);

} // namespace cascade
