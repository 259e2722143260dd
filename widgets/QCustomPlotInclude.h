#pragma once

// The one place Cascade includes qcustomplot.h. Its header uses `foreach`, so it must never be
// compiled with QT_NO_FOREACH, and its own warnings are not ours: treat it as a system header.
#pragma GCC system_header
#include <qcustomplot.h>
