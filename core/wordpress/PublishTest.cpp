#include "PublishTest.h"
