#include "SiteDiscovery.h"
