#pragma once

class QDialogButtonBox;

namespace storyreel {

// Says what Close and Cancel do, for screen readers (the description) and as a tooltip; a dialog
// describes its own main button (Generate, Save, Copy Link…) itself. Buttons already described keep
// their words.
void describeStandardButtons(QDialogButtonBox *buttons);

}  // namespace storyreel
