#include "VaultAccess.h"

#include "PassphraseReader.h"

#include <QDir>

namespace rebind::cli {

Result<void> VaultAccess::check(const QString& path)
{
    auto id = Vault::peekVaultId(path);
    if (!id) {
        return id.error();
    }
    return {};
}

QString VaultAccess::prompt(const QString& path)
{
    return tr("Passphrase for %1: ").arg(QDir::toNativeSeparators(path));
}

Result<std::unique_ptr<Vault>> VaultAccess::unlock(const QString& path,
                                                   const Passphrase& passphrase)
{
    return Vault::open(path, passphrase.text());
}

Result<std::unique_ptr<Vault>> VaultAccess::open(const QString& path, PassphraseReader& reader)
{
    if (auto checked = check(path); !checked) {
        return checked.error();
    }
    auto passphrase = reader.readExisting(prompt(path));
    if (!passphrase) {
        return passphrase.error();
    }
    return unlock(path, *passphrase);
}

} // namespace rebind::cli
