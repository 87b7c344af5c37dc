// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the blind recall corpus (see RecallCorpus.h): an "SMS Backup & Restore" XML backup and
// its answer key, for trying discovery by hand (rebind-cli scan DIR/recall-corpus.xml):
//
//   make_recall_corpus --out DIR [--seed N]      N defaults to 20240614; the same N, the same files
#include "RecallCorpus.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes recall-corpus.xml and recall-corpus.key.json into DIR."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write to."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Picks digits, order and dates (a whole number)."),
                                  QStringLiteral("N"), QStringLiteral("20240614"));
    parser.addOption(out);
    parser.addOption(seed);
    parser.process(app);
    if (!parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "usage: make_recall_corpus --out DIR [--seed N]\n");
        return 1;
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "--seed must be a whole number\n");
        return 1;
    }
    const rebind::RecallCorpus corpus(seedValue);
    const QString dir = parser.value(out);
    const QString error = corpus.writeTo(dir);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("%lld messages from %lld services and %lld people: %s, %s\n",
                static_cast<long long>(corpus.messages().size()),
                static_cast<long long>(corpus.serviceIds().size()),
                static_cast<long long>(corpus.personalSenders().size()),
                qPrintable(QDir(dir).filePath(rebind::RecallCorpus::backupFileName())),
                qPrintable(QDir(dir).filePath(rebind::RecallCorpus::keyFileName())));
    return 0;
}
