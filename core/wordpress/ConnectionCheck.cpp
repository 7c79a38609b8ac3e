#include "ConnectionCheck.h"
