// The second process of the single-instance handover, exactly as app/gui/main.cpp runs it
// before building its QApplication: `approval_forward latchkey://…` hands the address to the
// running instance and exits 0; with no instance running it exits 3 (where the real latchkey
// would start and handle the address itself).
#include "SingleInstance.h"

#include <cstdio>

int main(int argc, char **argv)
{
    const QString address = Latchkey::SingleInstance::takeAddressFromArguments(argc, argv);
    if (const std::optional<int> status =
            Latchkey::SingleInstance::forwardAddress(address, argc, argv))
        return *status;
    std::fputs("approval_forward: no running instance took the address\n", stderr);
    return 3;
}
