#include "ApplicationPasswordsApi.h"
