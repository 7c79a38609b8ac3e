#include "WpRequest.h"
