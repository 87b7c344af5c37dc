// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>
#include <QLocale>

namespace rebind {

namespace pn = i18n::phonenumbers;

namespace {

pn::PhoneNumberUtil& util()
{
    return *pn::PhoneNumberUtil::GetInstance();
}

bool parseE164(const QString& e164, pn::PhoneNumber* out)
{
    return util().Parse(e164.toStdString(), "ZZ", out) == pn::PhoneNumberUtil::NO_PARSING_ERROR;
}

QString format(const QString& e164, pn::PhoneNumberUtil::PhoneNumberFormat style)
{
    pn::PhoneNumber number;
    if (!parseE164(e164, &number)) {
        return e164;
    }
    std::string text;
    util().Format(number, style, &text);
    return QString::fromStdString(text);
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString& input, const QString& defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Please enter a phone number."));
    }
    if (trimmed.size() > 40) {
        return makeError(ErrorCode::InvalidInput, tr("This is too long to be a phone number."));
    }
    pn::PhoneNumber number;
    const auto status = util().Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number);
    if (status != pn::PhoneNumberUtil::NO_PARSING_ERROR) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("“%1” is not a phone number. Type the digits, for example 138 0013 8000 "
               "or +86 138 0013 8000.")
                .arg(trimmed));
    }
    if (!util().IsValidNumber(number)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("“%1” is not a valid phone number: check the number of digits and the "
                            "country code.")
                             .arg(trimmed));
    }
    std::string e164;
    util().Format(number, pn::PhoneNumberUtil::E164, &e164);
    return PhoneNumber(QString::fromStdString(e164));
}

Result<PhoneNumber> PhoneNumber::parseTyped(const QString& input, const QString& localRegion)
{
    auto chinese = parse(input);
    if (chinese || localRegion.isEmpty() || localRegion == QLatin1String("CN")) {
        return chinese;
    }
    if (auto local = parse(input, localRegion)) {
        return local;
    }
    return chinese;
}

QString PhoneNumber::systemRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory) {
        return {};
    }
    const QString code = QLocale::territoryToCode(territory);
    // libphonenumber knows regions by ISO 3166 alpha-2 codes only ("419" and the like are not).
    return code.size() == 2 ? code : QString();
}

PhoneNumber PhoneNumber::fromE164(const QString& e164)
{
    return PhoneNumber(e164);
}

QString PhoneNumber::regionCode() const
{
    pn::PhoneNumber number;
    if (!parseE164(m_e164, &number)) {
        return {};
    }
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return QString::fromStdString(region);
}

QString PhoneNumber::display() const
{
    if (isNull()) {
        return {};
    }
    if (regionCode() == QLatin1String("CN")) {
        return format(m_e164, pn::PhoneNumberUtil::NATIONAL);
    }
    return format(m_e164, pn::PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneNumber::masked() const
{
    const QString shown = display();
    pn::PhoneNumber number;
    if (isNull() || !parseE164(m_e164, &number)) {
        return shown;
    }
    std::string national;
    util().GetNationalSignificantNumber(number, &national);
    // The last four digits stay, as on bank statements; at least four before them are hidden, and
    // up to three leading ones (the mobile or area prefix) stay when enough are hidden anyway:
    // 138 **** 8000, +44 79** **3456, +1 65*-***-0000. Counted from the end over the display
    // string, so the number keeps its own grouping and the country code stays readable.
    const int length = static_cast<int>(national.size());
    const int hidden = std::min(std::max(4, length - 4 - 3), std::max(0, length - 4));
    QString out = shown;
    int fromEnd = 0;
    for (int i = static_cast<int>(out.size()) - 1; i >= 0 && fromEnd < 4 + hidden; --i) {
        if (!out.at(i).isDigit()) {
            continue;
        }
        if (fromEnd >= 4) {
            out[i] = QLatin1Char('*');
        }
        ++fromEnd;
    }
    return out;
}

QStringList PhoneNumber::spellings() const
{
    if (isNull()) {
        return {};
    }
    pn::PhoneNumber number;
    if (!parseE164(m_e164, &number)) {
        return {m_e164};
    }
    std::string national;
    util().GetNationalSignificantNumber(number, &national);
    const QString nsn = QString::fromStdString(national);
    const QString cc = QString::number(number.country_code());
    return {m_e164,    nsn,
            cc + nsn,  QStringLiteral("00") + cc + nsn,
            display(), format(m_e164, pn::PhoneNumberUtil::INTERNATIONAL)};
}

} // namespace rebind
