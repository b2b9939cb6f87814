#pragma once

#include "dialectroutes.h"

namespace storyreel {
class ProviderEmulator;
}

namespace storyreel::emulator {

// The emulator's own controls over HTTP (no auth, loopback only), for the executable and subprocess
// tests: POST /_emulator/advance?seconds=N, /speed?x=N, /fault (JSON FaultSpec), /fail-next?count=N,
// /users (JSON User); GET /_emulator/requests, /state; DELETE /_emulator/faults, /requests.
class AdminRoutes final
{
public:
    explicit AdminRoutes(ProviderEmulator *emulator);

    EmuResponse handle(EmuRequest &request);

private:
    EmuResponse advance(EmuRequest &request, const QStringList &args);
    EmuResponse speed(EmuRequest &request, const QStringList &args);
    EmuResponse fault(EmuRequest &request, const QStringList &args);
    EmuResponse clearFaults(EmuRequest &request, const QStringList &args);
    EmuResponse failNext(EmuRequest &request, const QStringList &args);
    EmuResponse addUser(EmuRequest &request, const QStringList &args);
    EmuResponse requests(EmuRequest &request, const QStringList &args);
    EmuResponse clearRequests(EmuRequest &request, const QStringList &args);
    EmuResponse state(EmuRequest &request, const QStringList &args);

    ProviderEmulator *m_emulator;
};

}  // namespace storyreel::emulator
