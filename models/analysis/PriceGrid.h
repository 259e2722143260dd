#pragma once

#include <cmath>

namespace cascade {

// Equal-width price buckets [origin + i*width, origin + (i+1)*width), i in [0, count).
struct PriceGrid
{
    double origin = 0.0;
    double width = 1.0;
    int count = 0;

    bool isValid() const { return width > 0 && count > 0; }
    double from(int i) const { return origin + i * width; }
    double to(int i) const { return origin + (i + 1) * width; }
    double top() const { return from(count); }
    // Bucket of a price, or -1 outside the grid.
    int index(double price) const
    {
        const double x = std::floor((price - origin) / width);
        return x >= 0 && x < count ? int(x) : -1;
    }

    // The grid of `width` aligned to multiples of it that covers [low, high] (high included).
    static PriceGrid covering(double low, double high, double width)
    {
        PriceGrid g;
        if (!(width > 0) || !(high >= low) || !std::isfinite(low) || !std::isfinite(high))
            return g;
        g.width = width;
        g.origin = std::floor(low / width) * width;
        g.count = int(std::floor((high - g.origin) / width)) + 1;
        return g;
    }

    friend bool operator==(const PriceGrid &, const PriceGrid &) = default;
};

} // namespace cascade
