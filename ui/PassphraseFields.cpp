// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseFields.h"

#include "PassphraseStrength.h"
#include "ThemeColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rebind {

namespace {
// Red, amber, green as the palette's status colours: they stand out from the meter's groove in
// a light and in a dark theme alike. The label beside the meter says the level in words.
QString chunkColor(PassphraseStrength::Level level)
{
    Tone tone = Tone::Danger;
    switch (level) {
    case PassphraseStrength::Level::Empty:
    case PassphraseStrength::Level::VeryWeak:
    case PassphraseStrength::Level::Weak:
        tone = Tone::Danger;
        break;
    case PassphraseStrength::Level::Fair:
        tone = Tone::Caution;
        break;
    case PassphraseStrength::Level::Strong:
    case PassphraseStrength::Level::VeryStrong:
        tone = Tone::Good;
        break;
    }
    return ThemeColors::text(tone, QApplication::palette()).name();
}
} // namespace

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent), m_first(new QLineEdit(this)), m_second(new QLineEdit(this)),
      m_show(new QCheckBox(tr("Show what I type"), this)), m_meter(new QProgressBar(this)),
      m_strength(new QLabel(this)), m_problem(new QLabel(this))
{
    m_first->setObjectName(QStringLiteral("newPassphrase"));
    m_second->setObjectName(QStringLiteral("repeatPassphrase"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_show->setObjectName(QStringLiteral("showPassphrase"));

    for (QLineEdit* edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(320);
    }
    m_first->setPlaceholderText(tr("Several words you will remember"));
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(12);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_problem->setWordWrap(true);
    ThemeColors::setTextTone(m_problem, Tone::Danger);
    m_problem->hide();

    auto* hint = new QLabel(
        tr("Tip: four or five unrelated words are strong and easy to remember. Write the "
           "passphrase down and keep it somewhere safe: without it nobody can open the vault, "
           "not even you."),
        this);
    hint->setWordWrap(true);

    auto* firstLabel = new QLabel(tr("&Passphrase:"), this);
    m_firstLabel = firstLabel;
    firstLabel->setBuddy(m_first);
    auto* secondLabel = new QLabel(tr("&Repeat it:"), this);
    secondLabel->setBuddy(m_second);

    // Row 0 is left for addLeadingRow(), so that its field lines up with these.
    auto* grid = new QGridLayout;
    m_grid = grid;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->addWidget(firstLabel, 1, 0);
    grid->addWidget(m_first, 1, 1);
    grid->addWidget(m_meter, 2, 1);
    grid->addWidget(m_strength, 3, 1);
    grid->addWidget(secondLabel, 4, 0);
    grid->addWidget(m_second, 4, 1);
    grid->addWidget(m_show, 5, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(hint);

    connect(m_first, &QLineEdit::textChanged, this, &PassphraseFields::updateStrength);
    connect(m_second, &QLineEdit::textChanged, this, [this] {
        if (m_problem->isVisible()) {
            m_problem->hide();
        }
    });
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* edit : {m_first, m_second}) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        }
    });
    setFocusProxy(m_first);
    updateStrength();
}

void PassphraseFields::addLeadingRow(const QString& label, QWidget* field)
{
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field);
    m_grid->addWidget(caption, 0, 0);
    m_grid->addWidget(field, 0, 1);
    setTabOrder(field, m_first);
    setFocusProxy(field);
}

void PassphraseFields::setFirstLabel(const QString& label)
{
    m_firstLabel->setText(label);
}

void PassphraseFields::setExtraWords(const QStringList& words)
{
    m_extraWords = words;
    updateStrength();
}

QString PassphraseFields::passphrase() const
{
    return m_first->text();
}

void PassphraseFields::updateStrength()
{
    const PassphraseStrength strength = PassphraseStrength::estimate(m_first->text(), m_extraWords);
    m_meter->setValue(strength.percent());
    m_meter->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }")
                               .arg(chunkColor(strength.level())));
    m_strength->setText(strength.label());
    if (m_problem->isVisible()) {
        m_problem->hide();
    }
}

QString PassphraseFields::problem() const
{
    const QString first = m_first->text();
    if (first.isEmpty()) {
        return tr("Please choose a passphrase.");
    }
    if (!PassphraseStrength::estimate(first, m_extraWords).acceptable()) {
        return tr("This passphrase is too easy to guess. Use several unrelated words, for "
                  "example four or five.");
    }
    if (m_second->text() != first) {
        return tr("The two passphrases are different. Type the same passphrase in both boxes.");
    }
    return QString();
}

bool PassphraseFields::check()
{
    const QString text = problem();
    if (text.isEmpty()) {
        m_problem->hide();
        return true;
    }
    m_problem->setText(text);
    m_problem->show();
    const bool secondIsWrong =
        !m_first->text().isEmpty() &&
        PassphraseStrength::estimate(m_first->text(), m_extraWords).acceptable();
    QLineEdit* focus = secondIsWrong ? m_second : m_first;
    focus->setFocus();
    focus->selectAll();
    return false;
}

void PassphraseFields::clear()
{
    // setText() also drops the line edits' undo history, which would keep the passphrase.
    m_first->setText(QString());
    m_second->setText(QString());
    m_problem->hide();
}

} // namespace rebind
