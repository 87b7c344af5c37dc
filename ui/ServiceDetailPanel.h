// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"
#include "NumberOwner.h"
#include "Service.h"

#include <optional>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace rebind {

class Inventory;
class StepsDialog;

// Everything Rebind knows about one service, for people who must act on it: name, category
// and tier, the warnings in bold plain words, the numbered steps (the person's own where they
// edited them, marked so), what to do when the old number is already gone, how sure the
// catalog is, and the official page. Custom services show their own steps only.
class ServiceDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceDetailPanel(QWidget* parent = nullptr);

    // Where own steps are read and saved; null: no editing (the buttons hide).
    void setInventory(Inventory* inventory);
    // Whose number the service is shown for (the walk-through): the warnings name their ID card.
    void setOwner(const NumberOwner& owner);
    void showEntry(const CatalogEntry& entry);
    // A stored service: its catalog entry when it has one, else the custom service's details.
    void showService(const Service& service);
    // Empties every text (nothing shown).
    void clear();

    QString serviceKey() const { return m_key; }
    bool isEmpty() const { return m_key.isEmpty(); }
    // The steps shown for one kind: the person's own, else the catalog's in the UI language.
    QStringList shownSteps(StepKind kind) const { return m_shown.value(kind); }
    bool isEdited() const { return !m_own.isEmpty(); }
    QString officialUrl() const { return m_url; }

    // The row of buttons (official page, edit and reset steps), taken out of the panel so that a
    // container can keep it in view below a scroll area. Null once taken.
    QWidget* takeActions();

    // Opens the step editor (window-modal, returned at once for tests).
    StepsDialog* editSteps();
    // Drops the person's own steps for this service after asking.
    void resetSteps();

    QLabel* titleLabel() const { return m_title; }
    QLabel* warningsLabel() const { return m_warnings; }
    QLabel* unverifiedLabel() const { return m_unverified; }
    QLabel* otherWaysLabel() const { return m_otherWays; }
    QLabel* editedLabel() const { return m_edited; }
    QLabel* stepsLabel(StepKind kind) const { return m_stepLabels.value(kind); }
    QLabel* lostNumberLabel() const { return m_lost; }
    QLabel* confidenceLabel() const { return m_confidence; }
    QPushButton* officialButton() const { return m_official; }
    QPushButton* deletionButton() const { return m_deletion; }
    QPushButton* editStepsButton() const { return m_editSteps; }
    QPushButton* resetStepsButton() const { return m_resetSteps; }

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    // The person's own steps for serviceKey were saved or reset.
    void stepsChanged(const QString& serviceKey);

private:
    void render();
    // Gives every word-wrapped label at least the height its text needs at its present width:
    // the box layout's own height-for-width falls short for the rich-text lists, and the
    // labels then overlap.
    void fitLabels();
    void loadOwnSteps();
    QList<StepKind> editableKinds() const;
    QStringList catalogSteps(StepKind kind) const;
    void saveSteps(StepsDialog* dialog);

    Inventory* m_inventory = nullptr;
    NumberOwner m_owner;
    std::optional<CatalogEntry> m_entry;
    std::optional<Service> m_custom;
    QString m_key;
    QString m_url;
    QString m_deletionUrl;
    QMap<StepKind, QStringList> m_own;
    QMap<StepKind, QStringList> m_shown;

    QLabel* m_badge;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_edited;
    QLabel* m_warnings;
    QLabel* m_unverified;
    QLabel* m_otherWays;
    QLabel* m_note;
    QMap<StepKind, QLabel*> m_stepTitles;
    QMap<StepKind, QLabel*> m_stepLabels;
    QLabel* m_noSteps;
    QLabel* m_lostTitle;
    QLabel* m_lost;
    QLabel* m_facts;
    QLabel* m_confidence;
    QPushButton* m_official;
    QPushButton* m_deletion;
    QPushButton* m_editSteps;
    QPushButton* m_resetSteps;
    QWidget* m_actions;
};

} // namespace rebind
