#pragma once

#include "NumberRecord.h"
#include "Plan.h"

#include <QCoreApplication>

namespace rebind {

// How the readiness verdict reads on screen: a short headline, one explaining sentence and
// the colour of its banner, the same on the number's and the person's overview.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)

public:
    static QString headline(const NumberRecord& record, const Plan& plan);
    static QString detail(const NumberRecord& record, const Plan& plan, const QDate& today);
    // Background of the verdict banner as #rrggbb (the text stays the normal dark colour).
    static QString background(const NumberRecord& record, const Plan& plan);
};

} // namespace rebind
