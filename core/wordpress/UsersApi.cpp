#include "UsersApi.h"
