#include "providertext.h"

#include "credentialstore.h"
#include "widgets/jobtext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

namespace storyreel::providertext {

QString dialectLabel(Dialect dialect)
{
    switch (dialect) {
        case Dialect::Local:
            return QCoreApplication::translate("storyreel::ProviderText",
                                               "Local provider (drafts on this computer)");
        case Dialect::AiStudio:
            return QCoreApplication::translate("storyreel::ProviderText", "AI Studio (aistudio)");
        case Dialect::AsyncVideos:
            return QCoreApplication::translate("storyreel::ProviderText", "Async Videos (asyncvideos)");
        case Dialect::Storyboard:
            return QCoreApplication::translate("storyreel::ProviderText", "Storyboard Studio (storyboard)");
        case Dialect::T2m:
            return QCoreApplication::translate("storyreel::ProviderText", "Text-to-Media explainers (t2m)");
    }
    return toText(dialect);
}

QList<Dialect> remoteDialects()
{
    return {Dialect::AiStudio, Dialect::AsyncVideos, Dialect::Storyboard, Dialect::T2m};
}

QString amount(qint64 micros, const QString &unit)
{
    const double value = double(micros) / 1e6;
    // Money keeps its cents; counts of tokens or credits show decimals only when they have some.
    const int decimals = unit == QLatin1String("USD") ? 2 : (micros % 1000000 == 0 ? 0 : 2);
    const QString number = QLocale().toString(value, 'f', decimals);
    return unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
}

QString estimateText(const CostEstimate &estimate)
{
    if (!estimate.known)
        return QCoreApplication::translate("storyreel::ProviderText",
                                           "Estimated cost: not published by the provider");
    if (estimate.micros == 0 && estimate.unit.isEmpty())
        return QCoreApplication::translate("storyreel::ProviderText", "Free: drafted on this computer");
    return QCoreApplication::translate("storyreel::ProviderText", "Estimated cost: %1")
        .arg(amount(estimate.micros, estimate.unit));
}

QString balanceText(const AccountCheck &check)
{
    if (!check.balanceMicros)
        return QCoreApplication::translate("storyreel::ProviderText", "Balance unknown");
    return QCoreApplication::translate("storyreel::ProviderText", "Balance: %1")
        .arg(amount(*check.balanceMicros, check.unit));
}

QString checkText(const AccountCheck &check)
{
    const QString summary = check.summary.isEmpty()
                                ? QCoreApplication::translate("storyreel::ProviderText", "Connected")
                                : check.summary;
    return QStringLiteral("%1 · %2").arg(summary, balanceText(check));
}

TokenState tokenState(const CredentialResult &result)
{
    switch (result.outcome) {
        case CredentialResult::Outcome::Ok:
            return result.secret.isEmpty() ? TokenState::Missing : TokenState::Stored;
        case CredentialResult::Outcome::NotFound:
            return TokenState::Missing;
        case CredentialResult::Outcome::Unavailable:
            return TokenState::Unavailable;
        case CredentialResult::Outcome::Failed:
            break;
    }
    return TokenState::Failed;
}

QString tokenStateLabel(TokenState state)
{
    switch (state) {
        case TokenState::Checking:
            return QCoreApplication::translate("storyreel::ProviderText", "Checking…");
        case TokenState::Stored:
            return QCoreApplication::translate("storyreel::ProviderText", "Token stored");
        case TokenState::Missing:
            return QCoreApplication::translate("storyreel::ProviderText", "No token");
        case TokenState::Unavailable:
            return QCoreApplication::translate("storyreel::ProviderText", "Keychain unavailable");
        case TokenState::Failed:
            break;
    }
    return QCoreApplication::translate("storyreel::ProviderText", "Keychain error");
}

void showMessage(QLabel *label, const QString &text, Tone tone)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (tone != Tone::Neutral)
        palette.setColor(QPalette::WindowText,
                         jobtext::statusColor(tone == Tone::Good ? JobStatus::Succeeded : JobStatus::Failed));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

}  // namespace storyreel::providertext
