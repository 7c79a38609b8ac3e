#include "SiteUrl.h"
