#include "Site.h"
