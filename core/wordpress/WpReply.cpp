#include "WpReply.h"
