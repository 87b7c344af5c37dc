// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceDetailPanel.h"

#include "Appearance.h"
#include "Catalog.h"
#include "DisplayText.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "ServiceBadge.h"
#include "ServiceText.h"
#include "StepsDialog.h"
#include "ThemeColors.h"
#include "UrlOpener.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace rebind {

namespace {

constexpr int kBadgeSize = 56;

QLabel* textLabel(QWidget* parent, const char* objectName, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString numberedList(const QStringList& steps)
{
    QString html = QStringLiteral("<ol style=\"margin-top:0px; margin-bottom:0px;\">");
    for (const QString& step : steps) {
        html += QStringLiteral("<li style=\"margin-bottom:8px;\">") + step.toHtmlEscaped() +
                QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString twoFactorLabel(const QString& method)
{
    if (method == QLatin1String("sms")) {
        return ServiceDetailPanel::tr("SMS code");
    }
    if (method == QLatin1String("call")) {
        return ServiceDetailPanel::tr("phone call");
    }
    if (method == QLatin1String("email")) {
        return ServiceDetailPanel::tr("e-mail");
    }
    if (method == QLatin1String("totp")) {
        return ServiceDetailPanel::tr("authenticator app");
    }
    if (method == QLatin1String("u2f")) {
        return ServiceDetailPanel::tr("security key");
    }
    if (method == QLatin1String("custom-software")) {
        return ServiceDetailPanel::tr("the service's own app");
    }
    if (method == QLatin1String("custom-hardware")) {
        return ServiceDetailPanel::tr("the service's own device");
    }
    return method;
}

} // namespace

ServiceDetailPanel::ServiceDetailPanel(QWidget* parent)
    : QWidget(parent), m_badge(new QLabel(this)), m_title(textLabel(this, "detailTitle")),
      m_subtitle(textLabel(this, "detailSubtitle")), m_edited(textLabel(this, "detailEdited")),
      m_warnings(textLabel(this, "detailWarnings", Qt::RichText)),
      m_unverified(textLabel(this, "detailUnverified")),
      m_otherWays(textLabel(this, "detailOtherWays", Qt::RichText)),
      m_note(textLabel(this, "detailNote")), m_noSteps(textLabel(this, "detailNoSteps")),
      m_lostTitle(textLabel(this, "detailLostTitle")), m_lost(textLabel(this, "detailLostNumber")),
      m_facts(textLabel(this, "detailFacts")), m_confidence(textLabel(this, "detailConfidence")),
      m_official(new QPushButton(tr("&Open the official page"))),
      m_deletion(new QPushButton(tr("Open the account &deletion page"))),
      m_editSteps(new QPushButton(tr("Edit s&teps…"))),
      m_resetSteps(new QPushButton(tr("&Reset to the catalog's steps"))),
      m_actions(new QWidget(this))
{
    setObjectName(QStringLiteral("serviceDetailPanel"));
    setMinimumWidth(380);

    m_badge->setObjectName(QStringLiteral("detailBadge"));
    m_badge->setFixedSize(kBadgeSize, kBadgeSize);
    Appearance::setScaledFont(m_title, 1.45, true);
    ThemeColors::setQuietText(m_subtitle);
    auto* names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    header->addLayout(names, 1);

    m_edited->setText(tr("✎ Edited by you: the steps below are your own."));
    ThemeColors::follow(m_edited, [this] {
        m_edited->setStyleSheet(ThemeColors::panelRules(
            Tone::Caution, QApplication::palette(m_edited), 1, 0, QStringLiteral("4px 8px")));
    });
    Appearance::setScaledFont(m_edited, 1.0, true);

    // Styled on the label itself: a frame around it would not pass a change of its wrapped
    // height on to the panel's layout.
    ThemeColors::follow(m_warnings, [this] {
        m_warnings->setStyleSheet(ThemeColors::panelRules(
            Tone::Danger, QApplication::palette(m_warnings), 2, 6, QStringLiteral("8px 10px")));
    });
    Appearance::setScaledFont(m_warnings, 1.1, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_edited);
    layout->addWidget(m_warnings);
    ThemeColors::follow(m_unverified, [this] {
        m_unverified->setStyleSheet(ThemeColors::panelRules(
            Tone::Caution, QApplication::palette(m_unverified), 1, 0, QStringLiteral("4px 8px")));
    });
    Appearance::setScaledFont(m_unverified, 1.0, true);
    layout->addWidget(m_unverified);
    Appearance::setScaledFont(m_otherWays, 1.15);
    Appearance::setScaledFont(m_note, 1.05);

    for (StepKind kind : ServiceText::kinds()) {
        const QString key = catalogKey(kind);
        auto* title = textLabel(this, "detailStepsTitle");
        title->setObjectName(QStringLiteral("detailStepsTitle-") + key);
        title->setText(ServiceText::kindTitle(kind));
        Appearance::setScaledFont(title, 1.15, true);
        auto* steps = textLabel(this, "detailSteps", Qt::RichText);
        steps->setObjectName(QStringLiteral("detailSteps-") + key);
        Appearance::setScaledFont(steps, 1.15);
        layout->addSpacing(4);
        layout->addWidget(title);
        layout->addWidget(steps);
        m_stepTitles.insert(kind, title);
        m_stepLabels.insert(kind, steps);
        if (kind == StepKind::Rebind) {
            layout->addWidget(m_otherWays);
            layout->addWidget(m_note);
        }
    }
    layout->addWidget(m_noSteps);

    m_lostTitle->setText(tr("If the old number is already gone"));
    Appearance::setScaledFont(m_lostTitle, 1.15, true);
    Appearance::setScaledFont(m_lost, 1.05);
    layout->addSpacing(4);
    layout->addWidget(m_lostTitle);
    layout->addWidget(m_lost);
    layout->addWidget(m_facts);
    ThemeColors::setQuietText(m_confidence);
    layout->addWidget(m_confidence);

    m_official->setObjectName(QStringLiteral("openOfficialPage"));
    m_deletion->setObjectName(QStringLiteral("openDeletionPage"));
    m_editSteps->setObjectName(QStringLiteral("editStepsButton"));
    m_resetSteps->setObjectName(QStringLiteral("resetStepsButton"));
    m_actions->setObjectName(QStringLiteral("detailActions"));
    auto* actions = new QGridLayout(m_actions);
    actions->setContentsMargins(0, 4, 0, 0);
    actions->setHorizontalSpacing(10);
    actions->setVerticalSpacing(8);
    actions->addWidget(m_official, 0, 0);
    actions->addWidget(m_deletion, 0, 1);
    actions->addWidget(m_editSteps, 1, 0);
    actions->addWidget(m_resetSteps, 1, 1);
    actions->setColumnStretch(2, 1);
    layout->addStretch(1);
    layout->addWidget(m_actions);

    connect(m_official, &QPushButton::clicked, this, [this] {
        if (!UrlOpener::open(QUrl(m_url))) {
            MessageBox::warning(
                this, tr("Open the official page"),
                tr("The browser could not be started. The address is:\n%1").arg(m_url));
        }
    });
    connect(m_deletion, &QPushButton::clicked, this, [this] {
        if (!UrlOpener::open(QUrl(m_deletionUrl))) {
            MessageBox::warning(
                this, tr("Open the account deletion page"),
                tr("The browser could not be started. The address is:\n%1").arg(m_deletionUrl));
        }
    });
    connect(m_editSteps, &QPushButton::clicked, this, [this] { editSteps(); });
    connect(m_resetSteps, &QPushButton::clicked, this, &ServiceDetailPanel::resetSteps);
    clear();
}

void ServiceDetailPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void ServiceDetailPanel::fitLabels()
{
    const auto labels = findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (!label->wordWrap()) {
            continue;
        }
        // QLabel::heightForWidth() never answers less than the label's minimum height: measured
        // with the minimum left in place, a height fitted to a longer text or a narrower width
        // (or the default width before the first layout) would stay for good, and the label
        // would keep blank lines around its text (the gap before the steps). Measure without.
        const int before = label->minimumHeight();
        if (!label->isVisibleTo(this) || label->width() <= 0) {
            if (before != 0) {
                label->setMinimumHeight(0);
            }
            continue;
        }
        label->setMinimumHeight(0);
        const int height = std::max(0, label->heightForWidth(label->width()));
        label->setMinimumHeight(height);
    }
}

QWidget* ServiceDetailPanel::takeActions()
{
    if (m_actions->parentWidget() == this) {
        layout()->removeWidget(m_actions);
        m_actions->setParent(nullptr);
        return m_actions;
    }
    return nullptr;
}

void ServiceDetailPanel::setInventory(Inventory* inventory)
{
    m_inventory = inventory;
    loadOwnSteps();
    render();
}

void ServiceDetailPanel::setOwner(const NumberOwner& owner)
{
    m_owner = owner;
    render();
}

void ServiceDetailPanel::showEntry(const CatalogEntry& entry)
{
    m_entry = entry;
    m_custom.reset();
    m_key = entry.id;
    loadOwnSteps();
    render();
}

void ServiceDetailPanel::showService(const Service& service)
{
    if (!service.isCustom()) {
        if (const CatalogEntry* entry = Catalog::builtIn().find(service.catalogId)) {
            showEntry(*entry);
            return;
        }
    }
    m_entry.reset();
    m_custom = service;
    m_key = service.key();
    loadOwnSteps();
    render();
}

void ServiceDetailPanel::clear()
{
    m_entry.reset();
    m_custom.reset();
    m_key.clear();
    m_own.clear();
    render();
}

QStringList ServiceDetailPanel::catalogSteps(StepKind kind) const
{
    if (!m_entry) {
        return {};
    }
    return m_entry->steps.value(kind).in(ServiceText::language());
}

QList<StepKind> ServiceDetailPanel::editableKinds() const
{
    if (!m_entry) {
        return ServiceText::kinds();
    }
    QList<StepKind> kinds = {StepKind::Rebind};
    if (m_entry->canUnbind || m_entry->steps.contains(StepKind::Unbind) ||
        m_own.contains(StepKind::Unbind)) {
        kinds.append(StepKind::Unbind);
    }
    if (m_entry->canClose || m_entry->steps.contains(StepKind::Close) ||
        m_own.contains(StepKind::Close)) {
        kinds.append(StepKind::Close);
    }
    return kinds;
}

void ServiceDetailPanel::loadOwnSteps()
{
    m_own.clear();
    if (m_inventory == nullptr || m_key.isEmpty()) {
        return;
    }
    for (StepKind kind : ServiceText::kinds()) {
        auto steps = m_inventory->stepOverride(m_key, catalogKey(kind));
        if (!steps) {
            MessageBox::error(this, tr("Rebind"), steps.message());
            return;
        }
        if (!steps->isEmpty()) {
            m_own.insert(kind, *steps);
        }
    }
}

void ServiceDetailPanel::render()
{
    const QString language = ServiceText::language();
    const bool any = m_entry.has_value() || m_custom.has_value();
    m_shown.clear();
    m_url.clear();
    m_deletionUrl.clear();

    QString name;
    QString category = QStringLiteral("other");
    QStringList subtitle;
    QStringList warnings;
    QString lost;
    QStringList facts;
    QString confidence;
    if (m_entry) {
        const CatalogEntry& e = *m_entry;
        name = e.name(language);
        category = e.category;
        if (const QString other = ServiceText::otherName(e, language); !other.isEmpty()) {
            subtitle << other;
        }
        subtitle << Vocabulary::categoryLabel(e.category) << ServiceText::tierLabel(e.tier);
        warnings = ServiceText::warnings(e, m_owner);
        lost = e.lostNumber.in(language);
        m_url = e.helpUrl;
        if (m_url.isEmpty() && !e.domains.isEmpty()) {
            m_url = QStringLiteral("https://") + e.domains.first();
        }
        m_deletionUrl = e.deletionUrl;
        if (!e.twoFactorMethods.isEmpty()) {
            QStringList methods;
            for (const QString& method : e.twoFactorMethods) {
                methods << twoFactorLabel(method);
            }
            facts << tr("Two-step sign-in offered: %1.").arg(methods.join(tr(", ")));
        }
        if (!e.deletionDifficulty.isEmpty()) {
            facts << tr("Closing the account: %1.")
                         .arg(ServiceText::difficultyLabel(e.deletionDifficulty));
        }
        if (e.isCurated()) {
            confidence = tr("How sure we are: %1").arg(ServiceText::confidenceLabel(e.confidence));
            if (e.lastReviewed.isValid()) {
                confidence += QLatin1Char('\n') +
                              tr("Last reviewed: %1").arg(DisplayText::date(e.lastReviewed));
            }
        } else {
            confidence = tr("Only basic facts are known about this service, from public lists "
                            "(2fa.directory and JustDeleteMe). Look for “phone number” or "
                            "“security” in its settings, or use its official page.");
        }
    } else if (m_custom) {
        name = m_custom->name;
        category = m_custom->category;
        subtitle << Vocabulary::categoryLabel(category) << tr("Added by you");
        m_url = m_custom->url;
        if (!m_url.isEmpty() && !m_url.contains(QLatin1String("://"))) {
            m_url.prepend(QStringLiteral("https://"));
        }
        if (!m_url.isEmpty()) {
            facts << tr("Web address: %1").arg(m_custom->url);
        }
    }

    m_title->setText(name);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());
    if (any) {
        m_badge->setPixmap(ServiceBadge::pixmap(name, category, kBadgeSize, devicePixelRatioF()));
    } else {
        m_badge->clear();
    }
    m_badge->setVisible(any);
    m_edited->setVisible(any && isEdited());

    QStringList warningLines;
    for (const QString& warning : warnings) {
        warningLines << QStringLiteral("⚠ ") + warning.toHtmlEscaped();
    }
    m_warnings->setText(warningLines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!warningLines.isEmpty());

    bool anySteps = false;
    QString otherWays;
    QString note;
    bool unverified = false;
    if (m_entry) {
        for (const ServiceText::Way& way : ServiceText::otherWays(*m_entry, language)) {
            otherWays += QStringLiteral("<p style=\"margin-bottom:4px;\"><b>%1</b></p>")
                             .arg(way.title.toHtmlEscaped()) +
                         numberedList(way.steps);
        }
        note = m_entry->note.in(language);
        unverified = m_entry->isCurated() && m_entry->confidence == QLatin1String("low") &&
                     !m_own.contains(StepKind::Rebind);
        m_stepTitles.value(StepKind::Rebind)
            ->setText(ServiceText::kindTitle(StepKind::Rebind, *m_entry));
    } else {
        m_stepTitles.value(StepKind::Rebind)->setText(ServiceText::kindTitle(StepKind::Rebind));
    }
    m_otherWays->setText(otherWays);
    m_otherWays->setVisible(!otherWays.isEmpty());
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_unverified->setText(QStringLiteral("⚠ ") + ServiceText::unverifiedNote());
    m_unverified->setVisible(unverified);
    for (StepKind kind : ServiceText::kinds()) {
        const QStringList steps = m_own.contains(kind) ? m_own.value(kind) : catalogSteps(kind);
        if (!steps.isEmpty()) {
            m_shown.insert(kind, steps);
            anySteps = true;
        }
        m_stepLabels.value(kind)->setText(steps.isEmpty() ? QString() : numberedList(steps));
        m_stepLabels.value(kind)->setVisible(!steps.isEmpty());
        m_stepTitles.value(kind)->setVisible(!steps.isEmpty());
    }
    if (m_custom) {
        m_noSteps->setText(tr("You have not written down steps for this service. Use “Edit "
                              "steps…” to note how to change the number there."));
    } else {
        m_noSteps->setText(tr("There are no steps for this service in the catalog yet."));
    }
    m_noSteps->setVisible(any && !anySteps);

    m_lost->setText(lost);
    m_lost->setVisible(!lost.isEmpty());
    m_lostTitle->setVisible(!lost.isEmpty());
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_facts->setVisible(!facts.isEmpty());
    m_confidence->setText(confidence);
    m_confidence->setVisible(!confidence.isEmpty());

    m_official->setVisible(any);
    m_official->setEnabled(QUrl(m_url).isValid() && !m_url.isEmpty());
    m_official->setToolTip(m_url);
    m_deletion->setVisible(any && !m_deletionUrl.isEmpty());
    m_deletion->setToolTip(m_deletionUrl);
    m_editSteps->setVisible(any && m_inventory != nullptr);
    m_resetSteps->setText(m_custom ? tr("&Remove your own steps")
                                   : tr("&Reset to the catalog's steps"));
    m_resetSteps->setVisible(any && m_inventory != nullptr && isEdited());
    // Once the layout has placed the new texts.
    QTimer::singleShot(0, this, &ServiceDetailPanel::fitLabels);
}

StepsDialog* ServiceDetailPanel::editSteps()
{
    if (m_inventory == nullptr || m_key.isEmpty()) {
        return nullptr;
    }
    QMap<StepKind, QStringList> current;
    const QList<StepKind> kinds = editableKinds();
    for (StepKind kind : kinds) {
        current.insert(kind, m_shown.value(kind));
    }
    auto* dialog = new StepsDialog(m_title->text(), kinds, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog]() -> Result<void> {
        for (StepKind kind : dialog->kinds()) {
            QStringList steps = dialog->steps(kind);
            if (steps == catalogSteps(kind)) {
                steps.clear(); // unchanged: keep following the catalog
            }
            if (steps == m_own.value(kind)) {
                continue;
            }
            if (auto saved = m_inventory->setStepOverride(m_key, catalogKey(kind), steps); !saved) {
                return saved;
            }
        }
        loadOwnSteps();
        render();
        Q_EMIT stepsChanged(m_key);
        return {};
    });
    dialog->open();
    return dialog;
}

void ServiceDetailPanel::resetSteps()
{
    if (m_inventory == nullptr || !isEdited()) {
        return;
    }
    if (MessageBox::question(
            this, tr("Reset steps"),
            tr("Remove your own steps for %1 and show the catalog's again?").arg(m_title->text()),
            tr("Reset")) != QMessageBox::Yes) {
        return;
    }
    const QList<StepKind> kinds = m_own.keys();
    for (StepKind kind : kinds) {
        if (auto reset = m_inventory->setStepOverride(m_key, catalogKey(kind), {}); !reset) {
            MessageBox::error(this, tr("Rebind"), reset.message());
            break;
        }
    }
    loadOwnSteps();
    render();
    Q_EMIT stepsChanged(m_key);
}

} // namespace rebind
