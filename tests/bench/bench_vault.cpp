// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the vault's expensive steps take on this machine:
// key derivation at the tuned default, create, open (derive + integrity check), and a batch of
// binding inserts, each its own transaction as in the app.
#include "Inventory.h"
#include "Vault.h"
#include "VaultKey.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace rebind;

namespace {
double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QElapsedTimer timer;

    timer.start();
    const KdfParams tuned = VaultKey::tune();
    std::printf("tune(500 ms): %.0f ms -> %u passes, %llu MiB\n", msSince(timer), tuned.opsLimit,
                static_cast<unsigned long long>(tuned.memLimitBytes() >> 20));

    const VaultSalt salt = VaultSalt::generate(tuned);
    timer.restart();
    (void)VaultKey::derive(QStringLiteral("benchmark passphrase"), salt);
    std::printf("derive at tuned cost: %.0f ms (target 500)\n", msSince(timer));

    const QString path = dir.filePath(QStringLiteral("bench.rebind"));
    timer.restart();
    auto vault =
        Vault::create(path, QStringLiteral("benchmark passphrase"), KdfParams::interactive());
    std::printf("create (interactive cost): %.0f ms\n", msSince(timer));
    if (!vault) {
        return 1;
    }
    Inventory inventory((*vault)->database());
    Person person;
    person.name = QStringLiteral("Bench");
    NumberRecord number;
    number.personId = inventory.addPerson(person).value();
    number.number = PhoneNumber::parse(QStringLiteral("13800138000")).value();
    const qint64 numberId = inventory.addNumber(number).value();

    const int count = 1000;
    timer.restart();
    for (int i = 0; i < count; ++i) {
        Service service;
        service.name = QStringLiteral("Service %1").arg(i);
        Binding binding;
        binding.numberId = numberId;
        binding.serviceId = inventory.ensureService(service)->id;
        (void)inventory.addBinding(binding);
    }
    const double insertMs = msSince(timer);
    std::printf("%d bindings, one transaction each: %.0f ms (%.2f ms each)\n", count, insertMs,
                insertMs / count);

    timer.restart();
    const auto all = inventory.bindings(numberId);
    std::printf("read %lld bindings: %.1f ms\n", static_cast<long long>(all->size()),
                msSince(timer));
    (*vault)->lock();

    timer.restart();
    auto reopened = Vault::open(path, QStringLiteral("benchmark passphrase"));
    std::printf("open %lld KiB vault (derive + integrity check): %.0f ms\n",
                static_cast<long long>(QFileInfo(path).size() / 1024), msSince(timer));
    return reopened ? 0 : 1;
}
