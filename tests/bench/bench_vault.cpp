// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the vault's expensive steps take on this machine:
// key derivation at the tuned default, create, open (derive + quick check), and a batch of
// binding inserts, each its own transaction as in the app. With VAULT PASSPHRASE it also times
// the three depths of the open's check on that vault (bench_vault [VAULT PASSPHRASE]).
#include "BenchTiming.h"
#include "Inventory.h"
#include "Vault.h"
#include "VaultKey.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <vector>

using namespace rebind;
using bench::median;
using bench::msSince;

namespace {
// The three depths of VaultConnection::Check on one existing vault (e.g. compare.sh's 10,000
// bindings), median of 5: a read-only open (key derivation + page 1), a read-write open (key
// derivation + quick_check) and the full check alone on an open vault.
bool compareChecks(const QString& path, const QString& passphrase)
{
    std::vector<double> header;
    std::vector<double> quick;
    std::vector<double> full;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto reading = Vault::open(path, passphrase, {Vault::Access::ReadOnly});
        header.push_back(msSince(timer));
        if (!reading) {
            std::fprintf(stderr, "%s\n", qPrintable(reading.message()));
            return false;
        }
        timer.restart();
        if (auto checked = (*reading)->checkIntegrity(); !checked) {
            std::fprintf(stderr, "%s\n", qPrintable(checked.message()));
            return false;
        }
        full.push_back(msSince(timer));
        (*reading)->lock();
        timer.restart();
        auto writing = Vault::open(path, passphrase);
        quick.push_back(msSince(timer));
        if (!writing) {
            std::fprintf(stderr, "%s\n", qPrintable(writing.message()));
            return false;
        }
        (*writing)->lock();
    }
    std::printf("%s (%lld KiB), median of 5:\n", qPrintable(QFileInfo(path).fileName()),
                static_cast<long long>(QFileInfo(path).size() / 1024));
    std::printf("  read-only open (derive + page 1):    %.0f ms\n", median(header));
    std::printf("  read-write open (derive + quick_check): %.0f ms (check: about %.0f ms)\n",
                median(quick), median(quick) - median(header));
    std::printf("  full check (integrity_check + foreign keys) alone: %.0f ms\n", median(full));
    return true;
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
    std::printf("open %lld KiB vault (derive + quick check): %.0f ms\n",
                static_cast<long long>(QFileInfo(path).size() / 1024), msSince(timer));
    if (!reopened) {
        return 1;
    }
    (*reopened)->lock();
    const QStringList args = app.arguments();
    if (args.size() == 3) {
        return compareChecks(args.at(1), args.at(2)) ? 0 : 1;
    }
    return 0;
}
