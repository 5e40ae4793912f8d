// Common given names in war reporting (Ukrainian, Russian, Polish, Belarusian and English spellings).
// A capitalised chunk that starts with one of these is taken as a person's name even without a title.
const NAMES = `
Oleksandr Olexandr Oleksander Aleksandr Alexander Alexandr Alyaksandr Oleksii Oleksiy Olexiy Alexei Alexey Aleksei Aleksey
Andriy Andrii Andrei Andrey Andrew Andrzej Anatoliy Anatoly Anton Artem Artyom Arseniy Bohdan Bogdan Borys Boris Danylo Daniil
Denys Denis Dmytro Dmitry Dmitri Dmitriy Eduard Fedir Fyodor Gennady Hennadiy Heorhiy Georgy Hryhoriy Grigory Ihor Igor
Illia Ilya Ivan Kostiantyn Konstantin Kyrylo Kirill Leonid Maksym Maxim Maksim Mykhailo Mykhaylo Mikhail Mykola Nikolai Nikolay
Oleh Oleg Pavlo Pavel Petro Pyotr Roman Ruslan Serhiy Serhii Sergei Sergey Stanislav Stepan Taras Vadym Vadim Valeriy Valerii
Valery Vasyl Vasily Viktor Victor Vitaliy Vitalii Vitaly Volodymyr Volodimir Vladimir Vyacheslav Viacheslav Yaroslav Yevhen
Yevgeny Yevgeniy Evgeny Yurii Yuriy Yuri Zakhar Semen Semyon Ostap Orest Nazar Markiyan Lev Kostyantyn Arsen Rostyslav Svyatoslav
Olena Elena Yelena Olha Olga Iryna Irina Nataliya Natalia Natalya Tetiana Tatiana Tatyana Yulia Yuliia Julia Oksana Liudmyla
Lyudmila Lyudmyla Mariia Maria Mariya Anna Hanna Kateryna Ekaterina Yekaterina Svitlana Svetlana Sviatlana Viktoriia Victoria
Viktoria Daria Darya Alina Anastasia Anastasiia Polina Valentyna Valentina Larysa Larisa Halyna Galina Nadiya Nadezhda Vira Vera
Lesia Lesya Khrystyna Kristina Ksenia Kseniia Zoya Inna Alla Marina Maryna Yana Veronika Ivanna Solomiia Ulyana Oleksandra
Jakub Piotr Paweł Pawel Tomasz Krzysztof Marcin Michał Michal Mateusz Łukasz Lukasz Grzegorz Wojciech Adam Marek Jan Jerzy Janusz
Zbigniew Mariusz Radosław Radoslaw Władysław Wladyslaw Rafał Rafal Przemysław Szymon Kamil Agnieszka Katarzyna Małgorzata Joanna
John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul
Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin
Scott Brandon Benjamin Samuel Gregory Frank Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Douglas Peter Nathan Zachary
Kyle Walter Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Joe Noah Jesse Albert Bryan
Billy Bruce Willie Jordan Dylan Alan Ralph Gabriel Roy Juan Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny
Bradley Lloyd Antony Jake Jens Jen Ned Kamala Nancy Linda Janet Karine Mary Patricia Jennifer Elizabeth Barbara Susan Jessica
Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela Nicole Emma Samantha Katherine Christine Debra
Rachel Catherine Carolyn Janet Ruth Heather Diane Virginia Julie Joyce Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl
Andrea Hannah Martha Jacqueline Frances Gloria Ann Kathryn Alice Jean Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Ursula Emmanuel Olaf Annalena Boris Rishi Liz Keir
Ben Grant Recep Giorgia Justin Narendra Naftali Maia Volker Rafael Josep Antonio António Ebrahim Kaja Frank-Walter Annegret
Christine Roberta Ramzan Apti Yevgeniy Dzhokhar Magomed Akhmed Ruslan Rustam Rustem Emine Mustafa Refat Ahmed Mohammed Muhammad
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 0));
