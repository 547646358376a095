#include "chip_area.h"

#include "flow_layout.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace lance {

namespace {

// The red of an excluded value, as the filter lists mark it.
QColor excludedFrameColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace

ChipArea::ChipArea(QWidget *parent)
    : QWidget(parent)
{
    new FlowLayout(this, 4);
}

QList<QWidget *> ChipArea::chipWidgets() const
{
    QList<QWidget *> widgets;
    for (const QPointer<QToolButton> &button : m_buttons)
        widgets.append(button);
    return widgets;
}

void ChipArea::setChips(const QList<Chip> &chips)
{
    auto *flow = layout();
    for (int i = 0; i < m_frames.size(); ++i) {
        QWidget *old = m_frames.at(i);
        if (!old)
            continue;
        // Later, not now: this may run inside the old chip's own click or key
        // handler. Renamed so findChild never finds a chip on its way out.
        flow->removeWidget(old);
        if (QToolButton *button = m_buttons.value(i)) {
            button->removeEventFilter(this);
            button->setObjectName(QString());
        }
        old->setObjectName(QString());
        for (QObject *child : old->children())
            child->setObjectName(QString());
        old->hide();
        old->deleteLater();
    }
    m_buttons.clear();
    m_frames.clear();
    m_chips = chips;

    QHash<QString, int> perKey;
    for (int position = 0; position < m_chips.size(); ++position) {
        const Chip &c = m_chips.at(position);
        const int n = perKey[c.key]++;
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("chipFrame_%1_%2").arg(c.key).arg(n));
        frame->setFrameShape(QFrame::StyledPanel);
        if (c.excluded) {
            // A different frame, not only the word "not": a rep scanning the
            // chips sees at once which ones leave leads out.
            frame->setProperty("excluded", true);
            frame->setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid %2; "
                                                "border-radius: 3px; }")
                                     .arg(frame->objectName(), excludedFrameColor().name()));
        }
        auto *row = new QHBoxLayout(frame);
        row->setContentsMargins(6, 1, 1, 1);
        row->setSpacing(2);
        // However long the value, the chip keeps its × in reach: the text
        // is elided, the whole of it is in the tooltip.
        auto *text = new QLabel(frame);
        text->setObjectName(QStringLiteral("chipText_%1_%2").arg(c.key).arg(n));
        text->setText(text->fontMetrics().elidedText(c.text, Qt::ElideRight, kMaxTextWidth));
        text->setToolTip(c.text);
        // The whole text, not the elided one, for a screen reader.
        text->setAccessibleName(c.text);
        if (c.excluded) {
            QPalette palette = text->palette();
            palette.setColor(QPalette::WindowText, excludedFrameColor());
            text->setPalette(palette);
        }
        auto *button = new QToolButton(frame);
        button->setObjectName(QStringLiteral("chip_%1_%2").arg(c.key).arg(n));
        button->setText(QStringLiteral("\u00d7"));
        button->setAutoRaise(true);
        button->setAccessibleName(c.accessibleName);
        button->setToolTip(c.accessibleName);
        button->setFocusPolicy(Qt::StrongFocus);
        button->installEventFilter(this);
        connect(button, &QToolButton::clicked, this,
                [this, position] { requestRemoval(position); });
        row->addWidget(text);
        row->addWidget(button);
        flow->addWidget(frame);
        // Now rather than when the layout gets to it (a queued call): the
        // keyboard focus may have to move onto this chip right away.
        frame->show();
        m_frames.append(frame);
        m_buttons.append(button);
    }
}

void ChipArea::requestRemoval(int position)
{
    const QToolButton *button = m_buttons.value(position);
    const Chip chip = m_chips.value(position);
    const bool hadFocus = button && button->hasFocus();
    emit removeRequested(chip.key, chip.value, chip.excluded); // the owner hands back new chips
    if (!hadFocus)
        return;
    // Keep the keyboard where it was: on the chip that took this one's
    // place, or the one before it, or the fallback.
    if (!m_buttons.isEmpty())
        m_buttons.at(qMin(position, int(m_buttons.size()) - 1))->setFocus(Qt::OtherFocusReason);
    else if (m_focusFallback)
        m_focusFallback->setFocus(Qt::OtherFocusReason);
}

bool ChipArea::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (button && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int position = int(m_buttons.indexOf(button));
        if (position >= 0 && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            requestRemoval(position);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lance
