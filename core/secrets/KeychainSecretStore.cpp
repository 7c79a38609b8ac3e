#include "KeychainSecretStore.h"
