#pragma once

#include <QDialog>

namespace lance {

// Help → Keyboard shortcuts: every action of `window` that has a shortcut,
// with the shortcut as the platform writes it, read from the actions
// themselves so the list can never fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
};

} // namespace lance
