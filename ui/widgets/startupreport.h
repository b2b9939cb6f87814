#pragma once

class QWidget;

namespace storyreel {

// For benchmarks (`storyreel --report-startup`): once `view` has painted and the event queue is
// idle, prints how long the process has existed and its memory (RSS, peak), then quits with 0.
void reportWhenInteractive(QWidget *view);

}  // namespace storyreel
