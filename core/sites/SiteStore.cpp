#include "SiteStore.h"
