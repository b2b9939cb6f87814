#pragma once

#include "enums.h"
#include "provider.h"

#include <QString>

class QLabel;

namespace storyreel {
struct CredentialResult;
}

// User-visible, translated words for provider accounts, costs and balances (the domain keeps the
// stable catalog texts).
namespace storyreel::providertext {

// "AI Studio (aistudio)": the product and the dialect name the CLI and the docs use.
QString dialectLabel(Dialect dialect);
// The remote dialects, in the order the account editor offers them.
QList<Dialect> remoteDialects();
// "50 tokens", "0.04 USD", "2 credits": micros of a unit, as few decimals as the amount needs.
QString amount(qint64 micros, const QString &unit);
// "Estimated cost: 50 tokens", "Free (drafted on this computer)", "Price not published".
QString estimateText(const CostEstimate &estimate);
// "Balance: 950 tokens" or "Balance unknown" (the provider did not say).
QString balanceText(const AccountCheck &check);
// The summary of a test, with the balance when there is one: "Connected as ana@… · Balance: 950 tokens".
QString checkText(const AccountCheck &check);

enum class TokenState { Checking, Stored, Missing, Unavailable, Failed };
TokenState tokenState(const CredentialResult &result);
QString tokenStateLabel(TokenState state);

// A status line under a form: neutral, good news (green) or a problem (red), readable in both themes.
enum class Tone { Neutral, Good, Problem };
void showMessage(QLabel *label, const QString &text, Tone tone);

}  // namespace storyreel::providertext
