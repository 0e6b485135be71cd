export const news = {
  'Front End': {
    Odesa: [
      {
        id: 49048,
        title: 'HTML coder',
        url: 'https://jobs.dou.ua/companies/solar-digital/vacancies/49048/',
        company: 'SOLAR Digital',
        description:
          'Опыт работы на должности HTML-верстальщик от 2 лет;\nУверенные знания HTML5, CSS3;\nCSS-препроцессор;\nHTML шаблонизатор;\nЗнание Javascript выше среднего уровня;\nНаличие готовых проектов, которыми вы гордитесь.',
        hot: false,
        cities: ['Одесса'],
      },
    ],
  },
};
