#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace storyreel {

class LibraryService;

// Changes made offline that the provider could not take when they were replayed (the video was
// deleted there meanwhile, the look is no longer yours...). Shown, never dropped silently: each stays
// here until the user dismisses it.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(LibraryService &library, QWidget *parent = nullptr);

    void reload();
    QListWidget *list() const { return m_list; }

private:
    void dismissSelected();

    LibraryService &m_library;
    QListWidget *m_list;
    QPushButton *m_dismiss;
};

}  // namespace storyreel
