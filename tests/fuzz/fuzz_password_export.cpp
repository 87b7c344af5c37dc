// libFuzzer target: the password-export reader (Chrome, Firefox, Bitwarden CSV and JSON, …).
#include "FuzzSupport.h"
#include "LoginMatch.h"
#include "PasswordExportReader.h"
#include "PhoneNumber.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const rebind::PhoneNumber number =
        *rebind::PhoneNumber::parse(QStringLiteral("13800138000"));
    QByteArray input = rebind::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    (void)rebind::PasswordExportReader::read(buffer, [](const rebind::PasswordEntry& entry) {
        (void)rebind::LoginMatch::isPhoneNumber(entry.username, number);
        (void)rebind::LoginMatch::hostOf(entry.url);
        return true;
    });
    return 0;
}
