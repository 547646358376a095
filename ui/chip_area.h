#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QToolButton;

namespace lance {

// The active filters as removable chips that wrap to the dock's width: the
// filter's text (elided, whole in the tooltip) and a × button. A click on
// the ×, or Delete or Backspace on it, asks for the chip's value to go; a
// click on the text does nothing, so a stray click never drops a filter.
// Whoever owns the filters removes it and hands back the new chips. The
// keyboard focus stays among the chips when one goes.
class ChipArea : public QWidget
{
    Q_OBJECT
public:
    // A chip's text is cut, with "…", past this many pixels.
    static constexpr int kMaxTextWidth = 170;

    struct Chip
    {
        QString key;
        QString value;
        QString text;
        QString accessibleName; // also the tool tip
        // An excluded value ("not Germany"): framed in red, so it does not
        // read as one more value the leads may have.
        bool excluded = false;
    };

    explicit ChipArea(QWidget *parent = nullptr);

    // Replaces every chip. Chips of one key come together; each chip's ×
    // is named "chip_<key>_<n>" (n counting from 0 within the key), its
    // text "chipText_<key>_<n>".
    void setChips(const QList<Chip> &chips);
    bool isEmpty() const { return m_buttons.isEmpty(); }
    // In on-screen order, for the tab chain.
    QList<QWidget *> chipWidgets() const;
    // Where the focus goes when the chip that had it was the last one.
    void setFocusFallback(QWidget *widget) { m_focusFallback = widget; }

signals:
    void removeRequested(const QString &key, const QString &value, bool excluded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestRemoval(int position);

    QList<Chip> m_chips;
    QList<QPointer<QToolButton>> m_buttons; // the ×s, parallel to m_chips
    QList<QPointer<QWidget>> m_frames;      // the whole chips
    QPointer<QWidget> m_focusFallback;
};

} // namespace lance
