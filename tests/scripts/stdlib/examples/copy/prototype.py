"""The Prototype design pattern with copy.deepcopy (refactoring.guru style)."""
from __future__ import annotations

import copy
from typing import Any, Dict, List


class SelfReferencingEntity:
    def __init__(self) -> None:
        self.parent: Any = None

    def set_parent(self, parent: Any) -> None:
        self.parent = parent


class SomeComponent:
    def __init__(self, some_int: int, some_list_of_objects: List[Any], some_circular_ref: SelfReferencingEntity) -> None:
        self.some_int = some_int
        self.some_list_of_objects = some_list_of_objects
        self.some_circular_ref = some_circular_ref

    def __copy__(self) -> SomeComponent:
        some_list_of_objects = copy.copy(self.some_list_of_objects)
        some_circular_ref = copy.copy(self.some_circular_ref)
        new = self.__class__(self.some_int, some_list_of_objects, some_circular_ref)
        new.__dict__.update(self.__dict__)
        return new

    def __deepcopy__(self, memo: Dict[int, Any] = {}) -> SomeComponent:
        some_list_of_objects = copy.deepcopy(self.some_list_of_objects, memo)
        some_circular_ref = copy.deepcopy(self.some_circular_ref, memo)
        new = self.__class__(self.some_int, some_list_of_objects, some_circular_ref)
        new.__dict__ = copy.deepcopy(self.__dict__, memo)
        return new


list_of_objects = [1, {1, 2, 3}, [1, 2, 3]]
circular_ref = SelfReferencingEntity()
component = SomeComponent(23, list_of_objects, circular_ref)
circular_ref.set_parent(component)

shallow_copied_component = copy.copy(component)
shallow_copied_component.some_list_of_objects.append('another object')
if component.some_list_of_objects[-1] == 'another object':
    print('Adding elements to `shallow_copied_component`\'s some_list_of_objects adds it to `component`\'s some_list_of_objects.')
else:
    print('Adding elements to `shallow_copied_component`\'s some_list_of_objects doesn\'t add it to `component`\'s some_list_of_objects.')
component.some_list_of_objects[1].add(4)
if 4 in shallow_copied_component.some_list_of_objects[1]:
    print('Changing objects in the `component`\'s some_list_of_objects changes that object in `shallow_copied_component`\'s some_list_of_objects.')
print(f'id(deep_copied_component.some_circular_ref.parent) differs: '
      f'{shallow_copied_component.some_circular_ref.parent is not shallow_copied_component}')

deep_copied_component = copy.deepcopy(component)
deep_copied_component.some_list_of_objects.append('one more object')
if component.some_list_of_objects[-1] == 'one more object':
    print('deep copy shares the list')
else:
    print('Adding elements to `deep_copied_component`\'s some_list_of_objects doesn\'t add it to `component`\'s some_list_of_objects.')
print('deep circular ref points to the deep copy:',
      deep_copied_component.some_circular_ref.parent is deep_copied_component)
print(deep_copied_component.some_list_of_objects)
