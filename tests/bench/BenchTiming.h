// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <QElapsedTimer>
#include <vector>

// What every benchmark reports its figures with.
namespace rebind::bench {

inline double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The middle value, or the mean of the two middle ones; figures are medians so that one run
// slowed by other work on the machine does not move them.
template <typename Container> double median(Container values)
{
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    if (n == 0) {
        return 0;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

} // namespace rebind::bench
