#include "dialectroutes.h"

namespace storyreel::emulator {

std::optional<int> intQuery(const EmuRequest &request, const QString &name, int fallback, int minimum,
                            int maximum, EmuResponse *invalid)
{
    if (!request.hasQuery(name))
        return fallback;
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    if (!ok) {
        *invalid = EmuResponse::validation({QStringLiteral("query"), name},
                                           QStringLiteral("value is not a valid integer"),
                                           QStringLiteral("type_error.integer"));
        return std::nullopt;
    }
    if (value < minimum) {
        *invalid = EmuResponse::validation(
            {QStringLiteral("query"), name},
            QStringLiteral("ensure this value is greater than or equal to %1").arg(minimum),
            QStringLiteral("value_error.number.not_ge"));
        return std::nullopt;
    }
    if (value > maximum) {
        *invalid = EmuResponse::validation(
            {QStringLiteral("query"), name},
            QStringLiteral("ensure this value is less than or equal to %1").arg(maximum),
            QStringLiteral("value_error.number.not_le"));
        return std::nullopt;
    }
    return value;
}

}  // namespace storyreel::emulator
