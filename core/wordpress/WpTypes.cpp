#include "WpTypes.h"
