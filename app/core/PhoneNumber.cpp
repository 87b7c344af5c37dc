#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

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
    // Keep the first and last groups, hide every digit in between.
    const int first = static_cast<int>(shown.indexOf(QLatin1Char(' ')));
    const int last = static_cast<int>(shown.lastIndexOf(QLatin1Char(' ')));
    if (first < 0 || first == last) {
        QString out = shown;
        for (int i = 3; i < out.size() - 4; ++i) {
            if (out.at(i).isDigit()) {
                out[i] = QLatin1Char('*');
            }
        }
        return out;
    }
    QString out = shown;
    for (int i = first + 1; i < last; ++i) {
        if (out.at(i).isDigit()) {
            out[i] = QLatin1Char('*');
        }
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
