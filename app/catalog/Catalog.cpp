#include "Catalog.h"

#include "CatalogReader.h"

#include <QDir>
#include <QFile>

namespace rebind {

QStringList Catalog::builtInFiles()
{
    QStringList files;
    const QDir curated(QStringLiteral(":/catalog/curated"));
    for (const QString& name :
         curated.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files.append(curated.filePath(name));
    }
    files.append(QStringLiteral(":/catalog/public.json"));
    return files;
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = load(builtInFiles());
    return catalog;
}

Catalog Catalog::load(const QStringList& paths)
{
    Catalog catalog;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            catalog.m_problems.append(path + QStringLiteral(": cannot be read"));
            continue;
        }
        CatalogReader::Parsed parsed =
            CatalogReader::read(file.readAll(), QFileInfo(path).fileName());
        catalog.m_problems.append(parsed.problems);
        for (CatalogEntry& entry : parsed.entries) {
            if (catalog.m_byId.contains(entry.id)) {
                catalog.m_problems.append(entry.id + QStringLiteral(": id used twice"));
                continue;
            }
            catalog.m_byId.insert(entry.id, catalog.m_entries.size());
            catalog.m_entries.append(std::move(entry));
        }
    }
    catalog.checkUniqueness();
    return catalog;
}

void Catalog::checkUniqueness()
{
    QHash<QString, QString> aliases;
    QHash<QString, QString> signatures;
    QHash<QString, QString> senders;
    const auto claim = [this](QHash<QString, QString>& owners, const QString& key,
                              const QString& id, const char* what) {
        const auto found = owners.constFind(key);
        if (found != owners.constEnd() && *found != id) {
            m_problems.append(QStringLiteral("%1 “%2” claimed by both %3 and %4")
                                  .arg(QLatin1String(what), key, *found, id));
            return;
        }
        owners.insert(key, id);
    };
    for (const CatalogEntry& entry : std::as_const(m_entries)) {
        for (const QString& alias : entry.aliases) {
            claim(aliases, alias.toLower(), entry.id, "alias");
        }
        for (const QString& signature : entry.smsSignatures) {
            claim(signatures, signature, entry.id, "SMS signature");
        }
        for (const QString& sender : entry.smsSenders) {
            claim(senders, sender, entry.id, "SMS sender");
        }
    }
}

const CatalogEntry* Catalog::find(const QString& id) const
{
    const auto found = m_byId.constFind(id);
    return found == m_byId.constEnd() ? nullptr : &m_entries.at(*found);
}

int Catalog::count(CatalogEntry::Detail detail, const QString& market) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const CatalogEntry& e) {
        return e.detail == detail && (market.isEmpty() || e.market == market);
    }));
}

} // namespace rebind
