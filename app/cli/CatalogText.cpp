// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogText.h"

#include "ServiceText.h"
#include "TextTable.h"
#include "Vocabulary.h"

namespace rebind::cli {

namespace {

constexpr int kWidth = 79;
constexpr int kNameCells = 40;
// Most ids are short; the few long public ones overflow their column rather than widen it for
// every row.
constexpr int kIdCells = 28;
const QString kIndent = QStringLiteral("  ");
const QString kListSeparator = QStringLiteral(", ");

// text wrapped to kWidth, the first line after prefix and the others under the first line.
QString hanging(const QString& prefix, const QString& text)
{
    const int used = TextTable::displayWidth(prefix);
    const QString under(used, QLatin1Char(' '));
    const QStringList lines =
        TextTable::wrap(text, std::max(kWidth - used, 20)).split(QLatin1Char('\n'));
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += (i == 0 ? prefix : under) + lines.at(i) + QLatin1Char('\n');
    }
    return out;
}

// At most cells terminal cells, with an ellipsis where it was cut.
QString elided(const QString& text, int cells)
{
    if (TextTable::displayWidth(text) <= cells) {
        return text;
    }
    QString out;
    for (const QChar c : text) {
        if (TextTable::displayWidth(out + c) > cells - 1) {
            break;
        }
        out += c;
    }
    return out + QChar(0x2026);
}

bool isBank(const CatalogEntry& entry)
{
    return entry.category == QLatin1String("banking") ||
           entry.category == QLatin1String("credit-cards");
}

} // namespace

QString CatalogText::displayName(const CatalogEntry& entry, const QString& language)
{
    const QString first = entry.name(language);
    const QString other = entry.name(
        language.startsWith(QLatin1String("zh")) ? QStringLiteral("en") : QStringLiteral("zh"));
    return other.isEmpty() || other == first ? first : first + QStringLiteral(" / ") + other;
}

QString CatalogText::tierLabel(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return tr("Critical", "risk tier");
    case RiskTier::High:
        return tr("High", "risk tier");
    case RiskTier::Medium:
        return tr("Medium", "risk tier");
    case RiskTier::Low:
        break;
    }
    return tr("Low", "risk tier");
}

QString CatalogText::marketLabel(const QString& market)
{
    if (market == QLatin1String("cn")) {
        return tr("Mainland China");
    }
    if (market == QLatin1String("global")) {
        return tr("International");
    }
    return market;
}

QString CatalogText::table(const QList<const CatalogEntry*>& entries, const QString& language)
{
    const QStringList header{tr("ID"), tr("Name"), tr("Category"), tr("Risk")};
    const auto cells = [&language](const CatalogEntry& entry) {
        return QStringList{entry.id, elided(displayName(entry, language), kNameCells),
                           Vocabulary::categoryLabel(entry.category), tierLabel(entry.tier)};
    };
    TextTable table(static_cast<int>(header.size()));
    table.measure(header);
    for (const CatalogEntry* entry : entries) {
        QStringList measured = cells(*entry);
        measured[0] = elided(entry->id, kIdCells);
        table.measure(measured);
    }
    QString out = table.format(header) + QLatin1Char('\n');
    for (const CatalogEntry* entry : entries) {
        out += table.format(cells(*entry)) + QLatin1Char('\n');
    }
    return out;
}

QStringList CatalogText::warnings(const CatalogEntry& entry)
{
    // Public entries do not know these facts: their flags are all unset, not false.
    if (!entry.isCurated()) {
        return {};
    }
    QStringList out;
    if (entry.isCancelOrKeep()) {
        out.append(tr("This is the phone line itself: it is cancelled or kept, not changed to the "
                      "new number. Cancel it last."));
    }
    if (entry.oldNumberNeeded) {
        out.append(tr("Needs the old number: change it before you cancel the old one, while it "
                      "still receives codes."));
    } else if (entry.oldNumber == OldNumberNeed::OneOf) {
        out.append(ServiceText::oldNumberLine(entry));
    }
    if (entry.inPerson) {
        out.append(isBank(entry) ? tr("Needs a branch visit with your ID card.")
                                 : tr("Needs a visit to a service counter with your ID card."));
    }
    if (entry.smsLogin) {
        out.append(tr("Anyone who gets the number can sign in with just an SMS code: change it "
                      "before the number is given up."));
    }
    if (!entry.canUnbind && !entry.isCancelOrKeep()) {
        out.append(tr("The number cannot simply be removed: change it to another number."));
    }
    if (!entry.canClose) {
        out.append(tr("The account cannot be closed."));
    }
    return out;
}

QString CatalogText::fields(const QList<Field>& fields, const QString& indent)
{
    int labelCells = 0;
    for (const Field& field : fields) {
        labelCells = std::max(labelCells, TextTable::displayWidth(field.first));
    }
    QString out;
    for (const Field& field : fields) {
        const QString pad(labelCells - TextTable::displayWidth(field.first) + 2, QLatin1Char(' '));
        out += hanging(indent + field.first + pad, field.second);
    }
    return out;
}

QString CatalogText::steps(const QStringList& steps)
{
    const int digits = static_cast<int>(QString::number(steps.size()).size());
    QString out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString number = QStringLiteral("%1.").arg(i + 1, digits);
        out += hanging(kIndent + number + QLatin1Char(' '), steps.at(i));
    }
    return out;
}

QString CatalogText::stepsHeading(StepKind kind)
{
    switch (kind) {
    case StepKind::Rebind:
        return tr("To change the number:");
    case StepKind::Unbind:
        return tr("To remove the number:");
    case StepKind::Close:
        break;
    }
    return tr("To close the account:");
}

QString CatalogText::difficultyLabel(const QString& difficulty)
{
    if (difficulty == QLatin1String("easy")) {
        return tr("easy", "deletion difficulty");
    }
    if (difficulty == QLatin1String("medium")) {
        return tr("medium", "deletion difficulty");
    }
    if (difficulty == QLatin1String("hard")) {
        return tr("hard", "deletion difficulty");
    }
    if (difficulty == QLatin1String("impossible")) {
        return tr("impossible", "deletion difficulty");
    }
    return difficulty;
}

QString CatalogText::deletion(const CatalogEntry& entry)
{
    if (entry.deletionDifficulty.isEmpty()) {
        return entry.deletionUrl;
    }
    const QString difficulty = tr("difficulty: %1").arg(difficultyLabel(entry.deletionDifficulty));
    return entry.deletionUrl.isEmpty()
               ? difficulty
               : QStringLiteral("%1 (%2)").arg(entry.deletionUrl, difficulty);
}

QString CatalogText::confidenceLabel(const QString& confidence)
{
    if (confidence == QLatin1String("high")) {
        return tr("High: checked against the official help page");
    }
    if (confidence == QLatin1String("medium")) {
        return tr("Medium: several independent sources agree");
    }
    if (confidence == QLatin1String("low")) {
        return tr("Low: not confirmed, so check the official help page as well");
    }
    return confidence;
}

QString CatalogText::twoFactorLabel(const QString& method)
{
    if (method == QLatin1String("sms")) {
        return tr("SMS code");
    }
    if (method == QLatin1String("call")) {
        return tr("phone call");
    }
    if (method == QLatin1String("email")) {
        return tr("email");
    }
    if (method == QLatin1String("totp")) {
        return tr("authenticator app");
    }
    if (method == QLatin1String("u2f")) {
        return tr("security key");
    }
    if (method == QLatin1String("custom-software")) {
        return tr("the service's own app");
    }
    if (method == QLatin1String("custom-hardware")) {
        return tr("the service's own device");
    }
    return method;
}

QString CatalogText::details(const CatalogEntry& entry, const QString& language)
{
    QList<Field> facts{{tr("ID"), entry.id}};
    if (!entry.aliases.isEmpty()) {
        facts.append({tr("Also known as"), entry.aliases.join(kListSeparator)});
    }
    facts.append({tr("Category"), Vocabulary::categoryLabel(entry.category)});
    facts.append({tr("Risk"), tierLabel(entry.tier)});
    facts.append({tr("Market"), marketLabel(entry.market)});
    if (!entry.domains.isEmpty()) {
        facts.append({tr("Websites"), entry.domains.join(kListSeparator)});
    }
    if (!entry.smsSignatures.isEmpty()) {
        QStringList signatures;
        for (const QString& signature : entry.smsSignatures) {
            signatures.append(QStringLiteral("【%1】").arg(signature));
        }
        facts.append({tr("SMS signed"), signatures.join(kListSeparator)});
    }
    if (!entry.smsSenders.isEmpty()) {
        facts.append({tr("SMS from"), entry.smsSenders.join(kListSeparator)});
    }
    if (!entry.twoFactorMethods.isEmpty()) {
        QStringList methods;
        for (const QString& method : entry.twoFactorMethods) {
            methods.append(twoFactorLabel(method));
        }
        facts.append({tr("Two-step sign-in"), methods.join(kListSeparator)});
    }
    facts.append({tr("Detail"), entry.isCurated() ? tr("Curated, with steps")
                                                  : tr("Basic facts only (from 2fa.directory and "
                                                       "JustDeleteMe)")});

    QStringList sections{displayName(entry, language) + QLatin1Char('\n') + fields(facts, kIndent)};

    const QStringList warned = warnings(entry);
    if (!warned.isEmpty()) {
        QString section = tr("Warnings:") + QLatin1Char('\n');
        for (const QString& warning : warned) {
            section += hanging(kIndent + QStringLiteral("! "), warning);
        }
        sections.append(section);
    }

    bool anySteps = false;
    if (entry.isCurated() && entry.confidence == QLatin1String("low")) {
        sections.append(hanging(QString(), ServiceText::unverifiedNote()));
    }
    for (const StepKind kind : {StepKind::Rebind, StepKind::Unbind, StepKind::Close}) {
        const QStringList list = entry.steps.value(kind).in(language);
        if (!list.isEmpty()) {
            const QString heading = kind == StepKind::Rebind && entry.isCurated()
                                        ? ServiceText::kindTitle(kind, entry) + QLatin1Char(':')
                                        : stepsHeading(kind);
            sections.append(heading + QLatin1Char('\n') + steps(list));
            anySteps = true;
        }
        if (kind == StepKind::Rebind) {
            for (const ServiceText::Way& way : ServiceText::otherWays(entry, language)) {
                sections.append(way.title + QLatin1Char(':') + QLatin1Char('\n') +
                                steps(way.steps));
            }
            if (const QString note = entry.note.in(language); !note.isEmpty()) {
                sections.append(hanging(QString(), note));
            }
        }
    }
    if (!anySteps) {
        sections.append(hanging(QString(), tr("There are no steps for this service yet. Look in "
                                              "its account or security settings for the phone "
                                              "number, or see its help pages.")));
    }

    const QString lost = entry.lostNumber.in(language);
    if (!lost.isEmpty()) {
        sections.append(tr("Without the old number:") + QLatin1Char('\n') + hanging(kIndent, lost));
    }

    QList<Field> links;
    if (!entry.helpUrl.isEmpty()) {
        links.append({tr("Official help page"), entry.helpUrl});
    }
    if (const QString why = entry.helpUrlNote.in(language); !why.isEmpty()) {
        links.append({QString(), why});
    }
    const QString deleting = deletion(entry);
    if (!deleting.isEmpty()) {
        links.append({tr("Delete the account"), deleting});
    }
    if (!entry.confidence.isEmpty()) {
        links.append({tr("How sure we are"), confidenceLabel(entry.confidence)});
    }
    if (entry.lastReviewed.isValid()) {
        links.append({tr("Last reviewed"), entry.lastReviewed.toString(Qt::ISODate)});
    }
    for (const CatalogSource& source : entry.sources) {
        links.append(
            {tr("Source"), source.official ? tr("%1 (official)").arg(source.url) : source.url});
    }
    if (!links.isEmpty()) {
        sections.append(fields(links, QString()));
    }
    return sections.join(QLatin1Char('\n'));
}

} // namespace rebind::cli
